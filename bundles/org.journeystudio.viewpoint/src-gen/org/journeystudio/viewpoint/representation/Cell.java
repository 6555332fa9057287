/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A computed table cell.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#getColumn <em>Column</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#getSemantic <em>Semantic</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#getLabel <em>Label</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#isEditable <em>Editable</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#getBackground <em>Background</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#getForeground <em>Foreground</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Cell#isBold <em>Bold</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell()
 * @model
 * @generated
 */
public interface Cell extends EObject {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' reference.
	 * @see #setColumn(Column)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Column()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Column getColumn();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#getColumn <em>Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' reference.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element edited through the cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic</em>' reference.
	 * @see #setSemantic(EObject)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Semantic()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EObject getSemantic();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#getSemantic <em>Semantic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic</em>' reference.
	 * @see #getSemantic()
	 * @generated
	 */
	void setSemantic(EObject value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Editable</em>' attribute.
	 * @see #setEditable(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Editable()
	 * @model
	 * @generated
	 */
	boolean isEditable();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#isEditable <em>Editable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Editable</em>' attribute.
	 * @see #isEditable()
	 * @generated
	 */
	void setEditable(boolean value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Background()
	 * @model
	 * @generated
	 */
	String getBackground();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#getBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #getBackground()
	 * @generated
	 */
	void setBackground(String value);

	/**
	 * Returns the value of the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreground</em>' attribute.
	 * @see #setForeground(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Foreground()
	 * @model
	 * @generated
	 */
	String getForeground();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#getForeground <em>Foreground</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground</em>' attribute.
	 * @see #getForeground()
	 * @generated
	 */
	void setForeground(String value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getCell_Bold()
	 * @model
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Cell#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

} // Cell
