/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node or container of a diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#isContainer <em>Container</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getColumn <em>Column</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getAlignedWith <em>Aligned With</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getLevel <em>Level</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getX <em>X</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getY <em>Y</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getChildren <em>Children</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getBorderedNodes <em>Bordered Nodes</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Node#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends View {
	/**
	 * Returns the value of the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container</em>' attribute.
	 * @see #setContainer(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Container()
	 * @model
	 * @generated
	 */
	boolean isContainer();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#isContainer <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container</em>' attribute.
	 * @see #isContainer()
	 * @generated
	 */
	void setContainer(boolean value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secondary text under the label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lane grids: the element of the column that holds the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column</em>' reference.
	 * @see #setColumn(EObject)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Column()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EObject getColumn();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getColumn <em>Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' reference.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(EObject value);

	/**
	 * Returns the value of the '<em><b>Aligned With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lane grids: the element whose view gives the node its horizontal position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aligned With</em>' reference.
	 * @see #setAlignedWith(EObject)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_AlignedWith()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EObject getAlignedWith();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getAlignedWith <em>Aligned With</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aligned With</em>' reference.
	 * @see #getAlignedWith()
	 * @generated
	 */
	void setAlignedWith(EObject value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lane grids: vertical position in the lane, 0 (bottom) to 1 (top).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(double)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLevel();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(double value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(double)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.viewpoint.representation.Node#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(double)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free layouts: the position its mapping's xExpression computed, in pixels from its parent's content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #isSetX()
	 * @see #unsetX()
	 * @see #setX(double)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_X()
	 * @model unsettable="true"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #isSetX()
	 * @see #unsetX()
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetX()
	 * @see #getX()
	 * @see #setX(double)
	 * @generated
	 */
	void unsetX();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.viewpoint.representation.Node#getX <em>X</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>X</em>' attribute is set.
	 * @see #unsetX()
	 * @see #getX()
	 * @see #setX(double)
	 * @generated
	 */
	boolean isSetX();

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free layouts: the position its mapping's yExpression computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #isSetY()
	 * @see #unsetY()
	 * @see #setY(double)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Y()
	 * @model unsettable="true"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #isSetY()
	 * @see #unsetY()
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetY()
	 * @see #getY()
	 * @see #setY(double)
	 * @generated
	 */
	void unsetY();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.viewpoint.representation.Node#getY <em>Y</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Y</em>' attribute is set.
	 * @see #unsetY()
	 * @see #getY()
	 * @see #setY(double)
	 * @generated
	 */
	boolean isSetY();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getChildren();

	/**
	 * Returns the value of the '<em><b>Bordered Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bordered Nodes</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_BorderedNodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getBorderedNodes();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyleValues)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNode_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyleValues getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Node#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyleValues value);

} // Node
