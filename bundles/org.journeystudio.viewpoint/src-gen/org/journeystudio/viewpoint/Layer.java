/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings and tools that is shown or hidden together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.Layer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Layer#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Layer#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For additional layers: active on a new diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Layer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer_ContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getLayer_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // Layer
