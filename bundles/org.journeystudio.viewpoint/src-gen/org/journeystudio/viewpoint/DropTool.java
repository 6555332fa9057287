/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Accepts an element dropped onto a view of its mappings. Variables: element, oldContainer, newContainer, newViewContainer, diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.DropTool#getDragSourceClass <em>Drag Source Class</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getDropTool()
 * @model
 * @generated
 */
public interface DropTool extends MappingTool {
	/**
	 * Returns the value of the '<em><b>Drag Source Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the elements that may be dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drag Source Class</em>' attribute.
	 * @see #setDragSourceClass(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDropTool_DragSourceClass()
	 * @model
	 * @generated
	 */
	String getDragSourceClass();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DropTool#getDragSourceClass <em>Drag Source Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drag Source Class</em>' attribute.
	 * @see #getDragSourceClass()
	 * @generated
	 */
	void setDragSourceClass(String value);

} // DropTool
